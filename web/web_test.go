package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbeddedCytoscapeMatchesTheLockfile: the committed dist/ is what
// build.mjs makes from the cytoscape version package-lock.json pins.
func TestEmbeddedCytoscapeMatchesTheLockfile(t *testing.T) {
	var lock struct {
		Packages map[string]struct {
			Version   string `json:"version"`
			Integrity string `json:"integrity"`
		} `json:"packages"`
	}
	b, err := os.ReadFile("package-lock.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &lock))
	locked, ok := lock.Packages["node_modules/cytoscape"]
	require.True(t, ok, "cytoscape is in package-lock.json")
	require.NotEmpty(t, locked.Version)

	var pkg struct{ Dependencies map[string]string }
	b, err = os.ReadFile("package.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &pkg))
	assert.Equal(t, locked.Version, pkg.Dependencies["cytoscape"], "package.json pins the exact version")

	js, err := fs.ReadFile(FS, "dist/cytoscape.min.js")
	require.NoError(t, err)
	assert.Contains(t, string(js), `.version="`+locked.Version+`"`, "the embedded file is cytoscape "+locked.Version)

	var stamp struct {
		Package, Version, Integrity, File, SHA256 string
	}
	b, err = fs.ReadFile(FS, "dist/cytoscape.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &stamp))
	sum := sha256.Sum256(js)
	assert.Equal(t, locked.Version, stamp.Version, "run make web")
	assert.Equal(t, locked.Integrity, stamp.Integrity, "run make web")
	assert.Equal(t, hex.EncodeToString(sum[:]), stamp.SHA256, "dist/cytoscape.min.js was changed by hand")
}

// TestEmbeddedVisTimelineMatchesTheLockfile: the same for vis-timeline,
// its script and its stylesheet.
func TestEmbeddedVisTimelineMatchesTheLockfile(t *testing.T) {
	var lock struct {
		Packages map[string]struct{ Version, Integrity string } `json:"packages"`
	}
	b, err := os.ReadFile("package-lock.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &lock))
	locked, ok := lock.Packages["node_modules/vis-timeline"]
	require.True(t, ok, "vis-timeline is in package-lock.json")
	var stamp struct {
		Version, Integrity, File, SHA256, CSS string
		CSSSHA256                             string `json:"css_sha256"`
	}
	b, err = fs.ReadFile(FS, "dist/vis-timeline.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &stamp))
	assert.Equal(t, locked.Version, stamp.Version, "run make web")
	assert.Equal(t, locked.Integrity, stamp.Integrity, "run make web")
	for file, want := range map[string]string{stamp.File: stamp.SHA256, stamp.CSS: stamp.CSSSHA256} {
		body, err := fs.ReadFile(FS, "dist/"+file)
		require.NoError(t, err)
		sum := sha256.Sum256(body)
		assert.Equal(t, want, hex.EncodeToString(sum[:]), "dist/%s was changed by hand", file)
	}
	js, err := fs.ReadFile(FS, "dist/"+stamp.File)
	require.NoError(t, err)
	assert.Contains(t, string(js), "@version "+locked.Version)
}

func TestPageRefersOnlyToEmbeddedFiles(t *testing.T) {
	page, err := fs.ReadFile(FS, "index.html")
	require.NoError(t, err)
	for _, ref := range []string{"/assets/style.css", "/assets/dist/cytoscape.min.js", "/assets/dist/vis-timeline-graph2d.min.js",
		"/assets/dist/vis-timeline-graph2d.min.css", "/assets/js/util.js", "/assets/js/graph.js", "/assets/js/timeline.js",
		"/assets/js/article.js", "/assets/js/conflicts.js", "/assets/js/app.js"} {
		assert.Contains(t, string(page), ref)
		_, err := fs.Stat(FS, strings.TrimPrefix(ref, "/assets/"))
		assert.NoError(t, err, ref)
	}
	assert.NotContains(t, string(page), "http://")
	assert.NotContains(t, string(page), "https://", "nothing from a CDN")
}
