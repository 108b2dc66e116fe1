package extract

// FindQuotes is being written.
func FindQuotes(d *Document) {}
