# Shared defaults for the project's scripts; source it, don't run it. Every value can be
# overridden from the environment so two instances can run side by side.
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export REPO_ROOT="$repo_root"
export PORT="${PORT:-8080}"            # HTTP port of the service
export PGPORT="${PGPORT:-54329}"       # port of the throwaway PostgreSQL cluster
export DATA_DIR="${DATA_DIR:-$repo_root/.local}"  # cluster, logs and job results live here
export Uws__ResultsFolder="${Uws__ResultsFolder:-$DATA_DIR/uws-results}"  # result files of asynchronous jobs
export Images__Root="${Images__Root:-$DATA_DIR/images}"  # image files by Butler path (rendered ones, for the synthetic survey)
export Images__PreviewFolder="${Images__PreviewFolder:-$DATA_DIR/previews}"  # PNG previews once made
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
