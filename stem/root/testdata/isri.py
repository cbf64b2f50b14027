# Stems each line of standard input with NLTK's ISRI stemmer and writes the
# results one a line: qalam's root tests compare with it (TestCompareISRI).
import sys

from nltk.stem.isri import ISRIStemmer

stemmer = ISRIStemmer()
for line in sys.stdin:
    sys.stdout.write(stemmer.stem(line.rstrip("\n")) + "\n")
