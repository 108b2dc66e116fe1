// compromise.mjs reads the lexicon of the npm package compromise (MIT) for
// the scripts that generate lists from it (firstnames.mjs, names.mjs), and
// holds its licence notice, written into every such list.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

// lexicon loads compromise and efrt from the node_modules directory dir.
// It returns compromise's version and words(tag), the words its lexicon
// files under tag, unpacked with efrt itself (compromise packs the lexicon
// in efrt's trie format), and tags(), the tags of the lexicon.
export async function lexicon(dir) {
  const pkg = name => JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8'))
  const efrt = pkg('efrt')
  const lexURL = pathToFileURL(join(dir, 'compromise/src/2-two/preTagger/model/lexicon/_data.js'))
  const { default: lexData } = await import(lexURL.href)
  const { unpack } = await import(pathToFileURL(join(dir, 'efrt', efrt.module || efrt.main)).href)
  return {
    version: pkg('compromise').version,
    words: tag => Object.keys(unpack(lexData[tag] || '')),
    tags: () => Object.keys(lexData),
  }
}

// notice is compromise's licence, as comment lines.
export const notice = `# compromise: Copyright (c) 2019 Spencer Kelly. MIT License:
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
`
