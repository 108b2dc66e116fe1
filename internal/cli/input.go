package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/article"
)

// InputOptions are the flags of the commands that read articles (build,
// extract).
type InputOptions struct {
	Date      string // publication date for articles that carry none
	DateOrder string // dmy, mdy, or "" (numeric dates only when unambiguous)
	Fields    string // text=maintext,date=date_publish
	MaxBytes  int
	// URLs is a file of URLs to fetch, one a line (--urls).
	URLs         string
	FetchTimeout time.Duration
	UserAgent    string
}

// inputFormatsHelp is the list of formats, for the help of build and extract.
const inputFormatsHelp = `PATH is a file, a directory (read recursively: .txt .md .text .jsonl .ndjson .json .csv
.tsv .html .htm .rss .atom .xml .warc .warc.gz .conllu), a glob, "-" for standard input, or an
http(s) URL of a page or feed (also listed in --urls FILE), fetched with a time limit
(--fetch-timeout), at most 5 redirects, 16 x --max-bytes, gzip, and --user-agent.
Formats, by extension (a .txt file or stdin that holds a web page or a feed is read as one):
  seed format   first line " date YYYY-MM-DD", then the body
  plain text    .txt/.md; the date comes from --date, else it is unknown
  JSON Lines    one {"id","date","title","url","text"} object per line (.jsonl, .ndjson)
  JSON          .json: an array of such objects, or one record (news-please, trafilatura)
  CSV, TSV      .csv/.tsv with a header row naming the columns (id,date,title,url,text)
  HTML          .html: a saved page; main text, headline, byline, date, canonical URL
  RSS, Atom     .rss/.atom/.xml: one article per item, with its link, guid and date
  CoNLL-U       .conllu: a Universal Dependencies treebank; one article per "# newdoc",
                its "# text" lines as the text (extract --tokenized: its own words)
Records may name their fields otherwise: maintext, content, body (text), date_publish,
published, pubDate (date), headline (title), link (url), guid (id); --field maps any other.
Dates: YYYY-MM-DD, RFC 3339, RFC 1123/2822, "March 5, 2024", 2024-W10, 2024-03, epoch
seconds; 05/03/2024 only with --date-order (or when only one reading is a date). An article
whose date cannot be read is kept undated, with a warning naming its file and line.`

func addInputFlags(c *cobra.Command, o *InputOptions) {
	c.Flags().StringVar(&o.Date, "date", "", "publication date (YYYY-MM-DD) for articles that carry none")
	c.Flags().StringVar(&o.DateOrder, "date-order", "", "numeric dates such as 05/03/2024: dmy or mdy (default: only when unambiguous)")
	c.Flags().StringVar(&o.Fields, "field", "", "record field names for JSON/CSV input, e.g. text=maintext,date=date_publish")
	c.Flags().IntVar(&o.MaxBytes, "max-bytes", article.DefaultMaxBytes, "skip articles larger than this many bytes")
	c.Flags().StringVar(&o.URLs, "urls", "", "also fetch the http(s) URLs listed in this file, one a line (# comments)")
	c.Flags().DurationVar(&o.FetchTimeout, "fetch-timeout", 30*time.Second, "time limit of fetching one URL, body included")
	c.Flags().StringVar(&o.UserAgent, "user-agent", article.DefaultUserAgent, "User-Agent header of fetches")
	c.RegisterFlagCompletionFunc("date-order", cobra.FixedCompletions([]string{"dmy", "mdy", "unambiguous"}, cobra.ShellCompDirectiveNoFileComp))
}

// readOptions turns the input flags into reader options; warnings (an
// unreadable date) are printed on errw and cost no article.
func (o InputOptions) readOptions(in io.Reader, errw io.Writer) (article.Options, error) {
	opt := article.Options{MaxBytes: o.MaxBytes, Stdin: in}
	order, err := article.ParseDateOrder(o.DateOrder)
	if err != nil {
		return opt, usageError{fmt.Errorf("--date-order: %v", err)}
	}
	opt.DateOrder = order
	if o.Date != "" {
		d, err := article.ParseDateIn(o.Date, order)
		if err != nil {
			return opt, usageError{fmt.Errorf("--date: %v", err)}
		}
		opt.Date = d
	}
	if opt.Fields, err = article.ParseFields(o.Fields); err != nil {
		return opt, usageError{fmt.Errorf("--field: %v", err)}
	}
	opt.Warn = func(e *article.Error) { fmt.Fprintln(errw, "warning", e) }
	opt.Fetch = article.NewHTTPFetcher(article.HTTPOptions{Timeout: o.FetchTimeout, UserAgent: o.UserAgent,
		MaxBytes: int64(max(o.MaxBytes, 0)) * 16})
	return opt, nil
}

// paths adds the URLs of --urls to the paths given.
func (o InputOptions) paths(args []string) ([]string, error) {
	if o.URLs == "" {
		return args, nil
	}
	urls, err := article.ReadURLList(o.URLs)
	if err != nil {
		return nil, usageError{fmt.Errorf("--urls: %v", err)}
	}
	return append(append([]string{}, args...), urls...), nil
}
