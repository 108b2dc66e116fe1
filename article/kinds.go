package article

import (
	"bufio"
	"bytes"
	"strings"
)

// kind is an input format.
type kind uint8

const (
	kindNone kind = iota // not read inside directories
	kindText
	kindJSONL
	kindJSON
	kindCSV
	kindTSV
	kindHTML
	kindFeed
	kindXML // .xml: a feed, or an error
	kindWARC
	kindCoNLLU
)

// kindOf picks the format by extension. Inside directories, only files
// with one of these extensions are read.
func kindOf(name string) kind {
	switch strings.ToLower(fileExt(name)) {
	case ".txt", ".md", ".text":
		return kindText
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".json":
		return kindJSON
	case ".csv":
		return kindCSV
	case ".tsv", ".tab":
		return kindTSV
	case ".html", ".htm", ".xhtml":
		return kindHTML
	case ".rss", ".atom":
		return kindFeed
	case ".xml":
		return kindXML
	case ".warc", ".warc.gz":
		return kindWARC
	case ".conllu":
		return kindCoNLLU
	}
	return kindNone
}

// sniff looks at the first bytes: a saved page or a feed is often named
// .txt or comes on standard input. Standard input is also JSON Lines when
// it starts with '{', a JSON array with '['.
func sniff(br *bufio.Reader, stdin bool, k kind) kind {
	start := peekStart(br)
	if stdin {
		switch peekByte(br) {
		case '{':
			return kindJSONL
		case '[':
			return kindJSON
		}
	}
	if len(start) == 0 || start[0] != '<' {
		return k
	}
	head := start
	if bytes.HasPrefix(head, []byte("<?xml")) {
		if i := bytes.Index(head, []byte("?>")); i >= 0 {
			head = bytes.TrimLeft(head[i+2:], " \t\r\n")
		}
	}
	for bytes.HasPrefix(head, []byte("<!--")) || bytes.HasPrefix(head, []byte("<?")) {
		end := []byte("-->")
		if head[1] == '?' {
			end = []byte("?>")
		}
		i := bytes.Index(head, end)
		if i < 0 {
			break
		}
		head = bytes.TrimLeft(head[i+len(end):], " \t\r\n")
	}
	switch {
	case bytes.HasPrefix(head, []byte("<rss")), bytes.HasPrefix(head, []byte("<feed")), bytes.HasPrefix(head, []byte("<rdf:rdf")):
		return kindFeed
	case bytes.HasPrefix(head, []byte("<!doctype html")), bytes.HasPrefix(head, []byte("<html")),
		bytes.HasPrefix(head, []byte("<head")), bytes.HasPrefix(head, []byte("<body")), bytes.HasPrefix(head, []byte("<article")):
		return kindHTML
	}
	return k
}
