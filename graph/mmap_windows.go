package graph

// boltMmapSize is 0 (bbolt's default) on Windows, where bbolt grows the
// file itself to the size of its map.
const boltMmapSize = 0
