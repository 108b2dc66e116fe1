package cli

import (
	"fmt"
	"runtime"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/mention"
	"github.com/newsgraph/newsgraph/extract/syntax"
	"github.com/newsgraph/newsgraph/triples"
)

// version is the commit, set at link time by the Makefile (go build
// -ldflags -X ...); a plain go build leaves "dev". The extractor and graph
// schema versions are constants, the model sums are read off the embedded
// files: both are always known.
var version = "dev"

// versionString is what --version prints.
func versionString() string {
	nerModel, mentionsModel := mention.ModelSums()
	taggerModel, parserModel, fastModel := syntax.ModelSums()
	return fmt.Sprintf("newsgraph %s (%s)\nextractor %s\ngraph schema %s\nNER model %s\nmentions model %s\n"+
		"POS tagger model %s\nparser model %s\nfast parser model %s\n",
		version, runtime.Version(), extract.Version, triples.GraphVersion, nerModel, mentionsModel, taggerModel, parserModel, fastModel)
}
