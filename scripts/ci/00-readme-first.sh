# CI step: run the README's FIRST command verbatim, as a newcomer would, before
# anything else touches the clone. The command is read from README.md (the first
# command line of its first ```bash block) so the two cannot drift. It runs with
# the machine's own python3 and the pip that its venv ships with (never upgraded),
# in a fresh .venv and a fresh $FRONTLINE_HOME (a cold first run). scripts/test.sh
# then reuses that .venv. Sourced by .ci/run from the repository root.
readme_first_command() {
  awk '/^```bash/ { inside = 1; next }
       inside && /^```/ { exit }
       inside && NF && $1 !~ /^#/ { print; exit }' README.md
}
ci_readme_cmd="$(readme_first_command)"
if [ -z "$ci_readme_cmd" ]; then
  echo "00-readme-first: no command found in README.md's first bash block" >&2
  exit 1
fi
rm -rf .venv out
ci_readme_home="$(mktemp -d)"
ci_on_exit "rm -rf '$ci_readme_home'"
echo "== ci: README first command (python3: $(python3 --version 2>&1))"
echo "\$ $ci_readme_cmd"
(
  export FRONTLINE_HOME="$ci_readme_home"
  set -x
  eval "$ci_readme_cmd" </dev/null
)
echo "== ci: README first command ok ($(.venv/bin/python -m pip --version))"
unset ci_readme_cmd ci_readme_home
