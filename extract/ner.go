package extract

// FindNames is being written.
func FindNames(d *Document) {}
