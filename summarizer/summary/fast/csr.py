"""A minimal compressed-sparse-row matrix in numpy: just what our summarizers need.

Not scipy.sparse: whenever scipy is installed, NLTK (imported by sumy) runs
`from scipy.stats import fisher_exact`, ~60 MB per bot worker for a function we never call.
So the bot does not install scipy at all.

Sums add in scipy's order (sequentially, by ascending column for the Gram product and mat-vec,
by ascending row for column sums; `np.add.reduceat` for row sums, as scipy does), so the floats
are bit-for-bit those scipy gave.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np

# Entry pairs expanded at once by `gram`: ~90 bytes each, so ~3 MB of transient memory.
GRAM_CHUNK_PAIRS = 1 << 15


@dataclass(frozen=True, slots=True)
class CSR:
    """(rows x columns) matrix; row i's entries are data/indices[indptr[i]:indptr[i + 1]].

    Column indices are sorted and unique within a row (the canonical CSR form).
    """

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[int]], n_columns: int) -> CSR:
        """Counts (int64) of each column id in each row: repeated ids become one entry."""
        n = len(rows)
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=n)
        columns = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
        row_ids = np.repeat(np.arange(n, dtype=np.int64), lengths)
        keys, counts = np.unique(row_ids * max(n_columns, 1) + columns, return_counts=True)
        entry_rows, indices = np.divmod(keys, max(n_columns, 1))
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(entry_rows, minlength=n), out=indptr[1:])
        return cls(counts.astype(np.int64), indices, indptr, (n, n_columns))

    @property
    def nnz(self) -> int:
        return len(self.data)

    def row_ids(self) -> np.ndarray:
        """The row of each stored entry."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def with_data(self, data: np.ndarray) -> CSR:
        """Same sparsity pattern, new values (one per stored entry)."""
        return CSR(data, self.indices, self.indptr, self.shape)

    def astype(self, dtype: type) -> CSR:
        return self.with_data(self.data.astype(dtype))

    # -- reductions ----------------------------------------------------------------------------

    def row_sums(self) -> np.ndarray:
        out = np.zeros(self.shape[0], dtype=self.data.dtype)
        filled = np.flatnonzero(np.diff(self.indptr))
        if len(filled):
            out[filled] = np.add.reduceat(self.data, self.indptr[filled])
        return out

    def row_max(self) -> np.ndarray:
        """Largest value of each row, counting the unstored zeros (0 for an empty row)."""
        out = np.zeros(self.shape[0], dtype=self.data.dtype)
        filled = np.flatnonzero(np.diff(self.indptr))
        if len(filled):
            out[filled] = np.maximum.reduceat(self.data, self.indptr[filled])
            full = np.diff(self.indptr)[filled] == self.shape[1]
            out[filled[~full]] = np.maximum(out[filled[~full]], 0)
        return out

    def column_sums(self) -> np.ndarray:
        """Per column, added row by row from the top (integer counts stay integers)."""
        out = np.zeros(self.shape[1], dtype=self.data.dtype)
        np.add.at(out, self.indices, self.data)
        return out

    def document_frequency(self) -> np.ndarray:
        """How many rows store an entry in each column."""
        return np.bincount(self.indices, minlength=self.shape[1])

    # -- scaling -------------------------------------------------------------------------------

    def scale_rows(self, factors: np.ndarray) -> CSR:
        return self.with_data(self.data * np.repeat(factors, np.diff(self.indptr)))

    def divide_rows(self, divisors: np.ndarray) -> CSR:
        """Each value divided by its row's divisor: one IEEE division, not a reciprocal."""
        return self.with_data(self.data / np.repeat(divisors, np.diff(self.indptr)))

    def scale_columns(self, factors: np.ndarray) -> CSR:
        return self.with_data(self.data * factors[self.indices])

    # -- products ------------------------------------------------------------------------------

    def matvec(self, vector: np.ndarray) -> np.ndarray:
        """self @ vector, each row summed left to right."""
        products = self.data * vector[self.indices]
        return np.bincount(self.row_ids(), weights=products, minlength=self.shape[0])

    def gram(self, chunk_pairs: int = GRAM_CHUNK_PAIRS) -> np.ndarray:
        """self @ self.T as a dense float64 (rows x rows) array.

        Each cell adds its products column by column, in ascending column order. The diagonal
        is each row's sum of squares; every other pair of entries sharing a column adds its
        product to its two symmetric cells, at most about `chunk_pairs` pairs at a time, so the
        transient memory stays a few MB however long the text.
        """
        n = self.shape[0]
        out = np.zeros((n, n))
        if self.nnz == 0:
            return out
        values = self.data.astype(np.float64)
        diagonal = np.bincount(self.row_ids(), weights=values * values, minlength=n)
        # Column-major order of the entries; stable, so rows ascend within each column.
        order = np.argsort(self.indices, kind="stable")
        rows = self.row_ids()[order]
        values = values[order]
        ends = np.cumsum(np.bincount(self.indices))[self.indices[order]]
        partners = ends - np.arange(1, self.nnz + 1)  # entries after this one in its column
        cumulative = np.cumsum(partners)
        flat = out.reshape(-1)
        start = 0
        while start < self.nnz:
            done = cumulative[start - 1] if start else 0
            stop = int(np.searchsorted(cumulative, done + chunk_pairs, side="right"))
            stop = max(stop, start + 1)  # one entry's pairs are never split (fewer than n)
            counts = partners[start:stop]
            skipped = np.repeat(cumulative[start:stop] - counts - done, counts)
            second = np.repeat(np.arange(start + 1, stop + 1), counts)
            second += np.arange(len(second)) - skipped
            upper, lower = np.repeat(rows[start:stop], counts), rows[second]
            products = np.repeat(values[start:stop], counts) * values[second]
            np.add.at(flat, upper * n + lower, products)
            np.add.at(flat, lower * n + upper, products)
            start = stop
        np.fill_diagonal(out, diagonal)
        return out
