package extract

// Resolve is being written.
func Resolve(d *Document) {}
