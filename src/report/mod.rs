//! Report: claims and facts written as JSON, JSON Lines, text, Markdown or HTML.
