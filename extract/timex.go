package extract

// FindTimexes is being written.
func FindTimexes(d *Document) {}
