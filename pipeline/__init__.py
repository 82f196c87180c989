"""The job: options, graph, local runner, output staging and run summary."""
import transforms  # noqa: F401  (first, so that its log filter is in place before Beam is imported)
