"""Reports: tables, Markdown/HTML, maps and charts."""
