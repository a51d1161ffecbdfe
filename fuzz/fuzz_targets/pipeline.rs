//! libFuzzer target: any bytes through the whole pipeline, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let document = crosscheck::Document::new("fuzz", text.as_ref());
    let _ = crosscheck::text::segments(&document);
    let _ = crosscheck::text::quotes(document.text());
    let claims = crosscheck::Extractor::new().extract(&document);
    let _ = crosscheck::Matcher::new().reconcile(&claims);
});
