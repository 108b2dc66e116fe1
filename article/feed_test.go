package article

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Coastal Ledger</title>
  <link>https://ledger.example/</link>
  <description>News from the coast</description>
  <item>
    <title>Council closes the north pier</title>
    <link>https://ledger.example/2024/03/05/pier?utm_source=rss</link>
    <guid isPermaLink="false">ledger-1001</guid>
    <pubDate>Tue, 05 Mar 2024 14:22:00 GMT</pubDate>
    <dc:creator>Priya Nandakumar</dc:creator>
    <description>The council voted to close the pier.</description>
    <content:encoded><![CDATA[<p>The Port Alder council voted on Tuesday to close the north pier. <a href="/staff/ines">Mayor Ines Holt</a> said the closure would last six months.</p><p><img src="/pier.jpg"> Fishing crews will move to the south harbour.</p>]]></content:encoded>
  </item>
  <item>
    <title>Storm &amp; ferries</title>
    <link>https://ledger.example/2024/03/07/storm</link>
    <pubDate>someday soon</pubDate>
    <description>&lt;p&gt;Ferries to &lt;b&gt;Ullr&lt;/b&gt; were cancelled on Thursday.&lt;/p&gt;</description>
  </item>
  <item>
    <title>No content at all</title>
  </item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coastal Ledger</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title type="html">Nordbank chief &lt;em&gt;resigns&lt;/em&gt;</title>
    <link href="https://ledger.example/2024/03/06/nordbank"/>
    <id>tag:ledger.example,2024:1002</id>
    <published>2024-03-06T09:30:00+01:00</published>
    <author><name>Tom Eide</name></author>
    <content type="html">&lt;p&gt;Tor Lie resigned from Nordbank on Wednesday, the bank said.&lt;/p&gt;</content>
  </entry>
</feed>`

func TestRSSAndAtomFeeds(t *testing.T) {
	dir := t.TempDir()
	rss := write(t, dir, "feed.rss", rssFeed)
	atom := write(t, dir, "feed.atom", atomFeed)
	arts, errs, warns := readWarn(t, []string{dir}, Options{})
	require.Len(t, arts, 3, "one article per item with content")

	a := arts[0] // feed.atom sorts first
	assert.Equal(t, "tag:ledger.example,2024:1002", a.ID)
	assert.Equal(t, "Nordbank chief resigns", a.Title)
	assert.Equal(t, "2024-03-06", a.DateString())
	assert.Equal(t, "Tom Eide", a.Author)
	assert.Equal(t, "https://ledger.example/2024/03/06/nordbank", a.URL)
	assert.Equal(t, "Tor Lie resigned from Nordbank on Wednesday, the bank said.", a.Text)
	assert.Equal(t, atom+":6", a.Source)

	p := arts[1]
	assert.Equal(t, "ledger-1001", p.ID, "the guid")
	assert.Equal(t, "Council closes the north pier", p.Title)
	assert.Equal(t, "2024-03-05", p.DateString())
	assert.Equal(t, "Priya Nandakumar", p.Author)
	assert.Equal(t, rss+":7", p.Source)
	assert.Contains(t, p.Text, "Mayor Ines Holt said the closure would last six months.")
	assert.Contains(t, p.Text, "Fishing crews will move to the south harbour.")

	s := arts[2]
	assert.Equal(t, "ledger.example/2024/03/07/storm", s.ID, "no guid: the link")
	assert.Equal(t, "Storm & ferries", s.Title)
	assert.Equal(t, "Ferries to Ullr were cancelled on Thursday.", s.Text)
	assert.True(t, s.Date.IsZero())
	for _, a := range arts {
		assert.NotContains(t, a.Text, "<", a.ID)
		assert.NotContains(t, a.Title, "<", a.ID)
	}
	require.Len(t, warns, 1)
	assert.Equal(t, rss+":16", warns[0].Source)
	assert.Contains(t, warns[0].Error(), "someday soon")
	require.Len(t, errs, 1)
	assert.Equal(t, rss+":22", errs[0].Source)
	assert.Contains(t, errs[0].Error(), "without content")
}

// A feed saved as .xml or .txt is still a feed; other XML is an error.
func TestFeedSniffing(t *testing.T) {
	dir := t.TempDir()
	x := write(t, dir, "news.xml", atomFeed)
	txt := write(t, dir, "saved.txt", "\ufeff"+atomFeed)
	other := write(t, dir, "sitemap.xml", `<?xml version="1.0"?><urlset><url><loc>https://x/</loc></urlset>`)
	arts, errs := readAll(t, []string{x, txt, other}, Options{})
	require.Len(t, arts, 2)
	assert.Equal(t, arts[0].ID, arts[1].ID, "the same item twice is the same article")
	require.Len(t, errs, 1)
	assert.Contains(t, errs[0].Error(), "neither an RSS nor an Atom feed")
	assert.True(t, strings.HasPrefix(errs[0].Source, other))
}
