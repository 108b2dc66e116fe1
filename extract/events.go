package extract

// FindEvents is being written.
func FindEvents(d *Document) {}
