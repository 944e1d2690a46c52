"""The extraction on a Dask cluster, for folders that outgrow one machine (`pip install 'govmetrics[dask]'`).

    import govmetrics.dask
    frame = govmetrics.dask.targets(paths)          # a dask.dataframe.DataFrame, one row per target
    frame.groupby("kind").size().compute()

`targets`, `tasks` and `deadlines` have the columns of the exports (`govmetrics.output.rows`);
`extraction` gives them all, with the files that failed, over the same reading tasks;
`cluster.extract_to_parquet` is `govmetrics extract --dask ADDRESS`. Files are grouped
into partitions by size (`parts`).
"""

from __future__ import annotations

try:
    from .frames import Extraction, deadlines, extraction, targets, tasks
except ImportError as e:  # the extra is not installed
    raise ImportError(f"govmetrics.dask needs Dask ({e}): pip install 'govmetrics[dask]'") from e
from .parts import PARTITION_BYTES, partitions

__all__ = ["PARTITION_BYTES", "Extraction", "deadlines", "extraction", "partitions", "targets", "tasks"]
