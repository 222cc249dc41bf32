"""`akn batch`: many inputs, worker processes, incremental, every input reported.

discover (inputs -> jobs and output paths) -> plan (clashes, fresh outputs skipped)
-> pool (long-lived workers, crash and timeout handling) -> report (progress, JSON).
"""

from converter.batch.model import FileResult, Job, Status
from converter.batch.report import PlainProgress, RichProgress, Summary, progress_for, write_report
from converter.batch.run import BatchOptions, BatchResult, run_batch

__all__ = ["BatchOptions", "BatchResult", "FileResult", "Job", "PlainProgress", "RichProgress",
           "Status", "Summary", "progress_for", "run_batch", "write_report"]
