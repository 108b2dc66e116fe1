package article

import (
	"bufio"
	"errors"
)

func readWARC(source string, br *bufio.Reader, opt Options, visit Visit, report Report) error {
	report(&Error{Source: source, Err: errors.New("WARC files are not read yet")})
	return nil
}
