package cli

import (
	"fmt"
	"runtime"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/triples"
)

// Set at link time by the Makefile (go build -ldflags -X ...): the commit,
// and a short sha256 of each embedded model file, which make train
// reproduces bit for bit. A plain go build leaves them "unknown"; the
// extractor and graph schema versions are constants and always known.
var (
	version       = "dev"
	nerModel      = "unknown"
	mentionsModel = "unknown"
)

// versionString is what --version prints.
func versionString() string {
	return fmt.Sprintf("newsgraph %s (%s)\nextractor %s\ngraph schema %s\nNER model %s\nmentions model %s\n",
		version, runtime.Version(), extract.Version, triples.GraphVersion, nerModel, mentionsModel)
}
