// Command newsgraph turns news articles into a knowledge graph. See
// `newsgraph --help`.
package main

import (
	"os"

	"github.com/newsgraph/newsgraph/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
