#!/usr/bin/env bash
# Installs the revue command for a user: a link to this project's launcher in PREFIX/bin, bash and
# zsh completion, and the man page. Usage: scripts/install.sh [PREFIX]   (default ~/.local)
#   PREFIX/bin/revue                                  -> this project's ./revue
#   PREFIX/share/bash-completion/completions/revue    (bash-completion loads it from there)
#   PREFIX/share/zsh/site-functions/_revue            (add the folder to fpath before compinit)
#   PREFIX/share/man/man1/revue.1                     (man revue)
# The project folder stays revue's home: the jar and its start-up caches in target/, and the default
# index/ and corpus/ when revue runs from another folder. Builds the jar first when needed.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${1:-$HOME/.local}"
mkdir -p "$prefix"
prefix="$(cd "$prefix" && pwd)"
"$home/revue" --version > /dev/null # builds target/revue.jar when missing or older than the sources
docs="$home/target/cli-docs"
if [ ! -f "$docs/revue.1" ]; then # (every build writes them, before the jar)
  (cd "$home" && mvn -q -B -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -Dspotless.check.skip=true package) >&2
fi
mkdir -p "$prefix/bin" "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
  "$prefix/share/man/man1"
ln -sfn "$home/revue" "$prefix/bin/revue"
install -m 644 "$docs/revue.bash" "$prefix/share/bash-completion/completions/revue"
install -m 644 "$docs/_revue" "$prefix/share/zsh/site-functions/_revue"
install -m 644 "$docs/revue.1" "$prefix/share/man/man1/revue.1"
echo "installed: $prefix/bin/revue -> $home/revue, its completion (bash, zsh) and man page"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to PATH, e.g. in ~/.profile: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
