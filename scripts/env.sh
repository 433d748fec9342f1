# Sourced by the wrappers: Prefect keeps its home (API database, logs) inside the repository and sends
# no analytics.
QAWL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PREFECT_HOME="${PREFECT_HOME:-$QAWL_ROOT/.qawl/prefect}"
export PREFECT_SERVER_ANALYTICS_ENABLED=false
mkdir -p "$PREFECT_HOME"
# The temporary Prefect server gets 20 s to start by default: not enough on a busy 2-core machine.
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="${PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS:-120}"
