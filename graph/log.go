package graph

import (
	"fmt"
	"log"
	"os"
	"regexp"
	"strings"

	"github.com/cayleygraph/cayley/clog"
)

// quietLog drops Cayley's routine messages: it logs "Cannot create nodes
// table: database already exists" on every open of an existing SQL store
// and chatters at Info level. Errors that matter reach callers as errors;
// what is left are real warnings, sent to stderr.
type quietLog struct{ l *log.Logger }

func (q quietLog) Infof(string, ...interface{}) {}

func (q quietLog) Warningf(format string, args ...interface{}) {
	q.print(format, args...)
}

func (q quietLog) Errorf(format string, args ...interface{}) {
	if strings.Contains(format, "already exists") || containsExists(args) {
		return
	}
	q.print(format, args...)
}

func (q quietLog) Fatalf(format string, args ...interface{}) { q.l.Fatalf("cayley: "+format, args...) }

func containsExists(args []interface{}) bool {
	for _, a := range args {
		if e, ok := a.(error); ok && strings.Contains(e.Error(), "already exists") {
			return true
		}
	}
	return false
}

func init() { clog.SetLogger(quietLog{log.New(os.Stderr, "", log.LstdFlags)}) }

func (q quietLog) V(int) bool { return false }

func (q quietLog) SetV(int) {}

// print redacts passwords: Cayley names the DSN in its messages.
func (q quietLog) print(format string, args ...interface{}) {
	q.l.Print(passwordRE.ReplaceAllString(fmt.Sprintf("cayley: "+format, args...), "$1:xxxxx@"))
}

var passwordRE = regexp.MustCompile(`(://[^:/@\s]+):[^@\s]+@`)
