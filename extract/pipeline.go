package extract

// Stage adds one layer to a document.
type Stage struct {
	Name string
	Run  func(*Document)
}

// Stages is the pipeline in order: each stage reads the layers of the ones
// before it.
var Stages = []Stage{
	{"tokens", Tokenize},
	{"names", FindNames},
	{"coref", Resolve},
	{"relations", FindRelations},
	{"time", FindTimexes},
	{"quotes", FindQuotes},
	{"resumed speakers", ResumeSpeakers},
	{"quoted speakers", LinkQuotedSpeakers},
	{"unattributed persons", LinkUnattributedPersons},
	{"events", FindEvents},
	{"event links", FindEventLinks},
	{"open relations", FindOpenRelations},
}

// Process runs every stage over d.
func Process(d *Document) {
	for _, s := range Stages {
		s.Run(d)
	}
}

// Version names the extractor's behaviour. Bump it when extraction changes
// so that `build` refreshes articles it has already loaded.
const Version = "0.3.0"
