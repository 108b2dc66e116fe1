package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newsPage is a news page as sites serve them: navigation, an ad, a byline
// link, a <time>, JSON-LD, OpenGraph, related links and a footer.
const newsPage = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council closes the north pier | The Coastal Ledger</title>
<link rel="canonical" href="https://ledger.example/2024/03/05/pier">
<meta property="og:title" content="Council closes the north pier">
<meta property="article:published_time" content="2024-03-05T14:22:00+01:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "The Coastal Ledger"},
  {"@type": "NewsArticle", "headline": "Port Alder council closes the north pier",
   "datePublished": "2024-03-05T14:22:00+01:00",
   "author": [{"@type": "Person", "name": "Priya Nandakumar"}]}
]}
</script>
<script>window.ads = {"slot": "Buy Ferry Tickets Now"};</script>
<style>.nav { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a> <a href="/login">Log in</a></nav></header>
<div class="ad-banner advertisement">Advertisement: Harbour Motors spring sale, call Jens Ulvik today</div>
<main>
<article>
<h1>Port Alder council closes the north pier</h1>
<p class="byline">By <a href="/staff/priya" rel="author">Priya Nandakumar</a>, <time datetime="2024-03-05T14:22:00+01:00">March 5, 2024</time></p>
<p>The Port Alder council voted on Tuesday to close the north pier after engineers found cracks in its pilings. Mayor Ines Holt said the closure would last at least six months while the town looked for money to repair it.</p>
<p>"We cannot risk anyone's safety," Holt told reporters outside the town hall. Fishing crews who moor at the pier will move to the south harbour, the harbour master Tor Lie said.</p>
<p>The council will meet again in April to vote on a repair plan, which engineers have priced at four million kroner. Residents can comment on the plan until the end of March.</p>
</article>
</main>
<aside class="related"><h2>Related</h2><ul><li><a href="/2024/02/mayor">Mayor Ola Dal resigns after audit</a></li></ul></aside>
<footer>© 2024 The Coastal Ledger. <a href="/privacy">Privacy</a></footer>
</body></html>`

func TestHTMLPage(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "site/pier.html", newsPage)
	arts, errs := readAll(t, []string{p}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, "pier", a.ID)
	assert.Equal(t, "Port Alder council closes the north pier", a.Title, "the JSON-LD headline")
	assert.Equal(t, "Priya Nandakumar", a.Author)
	assert.Equal(t, "2024-03-05", a.DateString())
	assert.Equal(t, "https://ledger.example/2024/03/05/pier", a.URL)
	assert.True(t, strings.HasPrefix(a.Text, "The Port Alder council voted on Tuesday"), a.Text)
	assert.Contains(t, a.Text, "Residents can comment on the plan until the end of March.")
	assert.Contains(t, a.Text, "six months while the town looked for money to repair it.\n\n\"We cannot risk", "paragraphs stay apart")
	for _, junk := range []string{"<", ">", "href", "Advertisement", "Harbour Motors", "Related", "Mayor Ola Dal resigns", "Log in", "Privacy", "window.ads", "color: red", "By Priya"} {
		assert.NotContains(t, a.Text, junk)
	}
}

// Without JSON-LD or meta tags, the date comes from <time> and the
// headline from the page; a page saved as .txt is still a page.
func TestHTMLPageWithTimeOnly(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><title>Storm warning for Vesk</title></head><body>
<article><h1>Storm warning for Vesk</h1><p>Published <time datetime="2024-03-07">7 March</time></p>
<p>The weather service issued a storm warning for Vesk on Thursday. Ferries to Ullr were cancelled and schools closed early, the county said in a statement.</p>
<p>Winds of up to thirty metres a second were expected overnight, and residents were asked to stay indoors.</p></article></body></html>`
	p := write(t, dir, "saved.txt", page)
	arts, errs := readAll(t, []string{p}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, "2024-03-07", arts[0].DateString())
	assert.Equal(t, "Storm warning for Vesk", arts[0].Title)
	assert.NotContains(t, arts[0].Text, "<")
	assert.Contains(t, arts[0].Text, "The weather service issued a storm warning")

	bad := write(t, dir, "baddate.html", strings.Replace(page, `datetime="2024-03-07"`, `datetime="soon"`, 1))
	arts, errs, warns := readWarn(t, []string{bad}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.True(t, arts[0].Date.IsZero())
	require.Len(t, warns, 1)
	assert.Equal(t, bad, warns[0].Source)
	assert.Contains(t, warns[0].Error(), "<time> in <article>")

	empty := write(t, dir, "empty.html", "<html><body><nav>Home</nav></body></html>")
	_, errs = readAll(t, []string{empty}, Options{})
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "no article text")
}

// Boilerplate inside the <article>, where Readability keeps it: an ad
// between paragraphs, the line around a byline link, a line holding only
// the date, a share bar, a "Read more" line. A date inside a sentence, and
// words such as "shadow" or "headline" in class names, are article text.
func TestHTMLBoilerplateInsideTheArticle(t *testing.T) {
	page := `<html><head><title>Pier closes</title></head><body><main><article>
<h1 class="headline">Port Alder council votes to close the old pier</h1>
<div class="meta">By <a rel="author" href="/staff/priya">Priya Nandakumar</a> &middot; <time datetime="2024-03-05T18:40:00+01:00">5 March 2024</time></div>
<p class="updated">Updated: <time datetime="2024-03-06">6 March 2024, 10:02</time></p>
<p>The Port Alder town council voted on <time datetime="2024-03-05">Tuesday</time> to close the old pier after engineers found cracks in its supports.</p>
<div class="ad-inline">Gordon's Boats: 20% off all kayaks this week</div>
<p class="text-shadow">"We cannot wait for someone to get hurt," the mayor, Helen Marsh, said after the vote. She added that repairs would cost more than the town could afford.</p>
<div>ADVERTISEMENT Sunny Holidays cruises from 499 euros</div>
<p>The harbour master, Tom Alder, told the council that fishing boats would move to the new quay in Seaview by April.</p>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Email</a></div>
<p><a href="/more">Read more</a></p>
</article></main></body></html>`
	p := write(t, t.TempDir(), "pier.html", page)
	arts, errs := readAll(t, []string{p}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, "Priya Nandakumar", a.Author)
	assert.Equal(t, "2024-03-05", a.DateString())
	assert.True(t, strings.HasPrefix(a.Text, "The Port Alder town council voted on Tuesday to close"), a.Text)
	assert.Contains(t, a.Text, `"We cannot wait for someone to get hurt," the mayor`)
	assert.True(t, strings.HasSuffix(a.Text, "to the new quay in Seaview by April."), a.Text)
	for _, junk := range []string{"By", "·", "March 2024", "Updated", "Gordon", "kayaks", "ADVERTISEMENT", "Sunny", "Facebook", "Read more"} {
		assert.NotContains(t, a.Text, junk)
	}

	// the same in a feed item's content
	feed := write(t, t.TempDir(), "f.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>L</title><item><title>Pier</title><guid>p1</guid>
<description><![CDATA[<p>The Port Alder town council voted on Tuesday to close the old pier after engineers found cracks in its supports.</p>
<div class="ad">Gordon's Boats: 20% off</div><p><a href="/pier">Continue reading &raquo;</a></p>]]></description></item></channel></rss>`)
	arts, errs = readAll(t, []string{feed}, Options{})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, "The Port Alder town council voted on Tuesday to close the old pier after engineers found cracks in its supports.", arts[0].Text)
}

func TestURLID(t *testing.T) {
	assert.Equal(t, "ledger.example/2024/pier", URLID("https://Ledger.example/2024/pier/?utm_source=rss#top"))
	assert.Equal(t, "ledger.example/story?id=7", URLID("http://ledger.example/story?id=7&fbclid=x"))
}
