"""summarizer.summary.fast.csr against plain dense numpy, and the runtime without scipy."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.summary.fast.csr import CSR
from tests.child import run_python

# Row 1 and row 4 are empty; rows 0 and 3 repeat terms; column 5 is in no row.
ROWS = [[2, 0, 2, 3], [], [4, 1], [0, 0, 0, 4, 2], [], [3]]
N_COLUMNS = 6
DENSE = np.array(
    [
        [1, 0, 2, 1, 0, 0],
        [0, 0, 0, 0, 0, 0],
        [0, 1, 0, 0, 1, 0],
        [3, 0, 1, 0, 1, 0],
        [0, 0, 0, 0, 0, 0],
        [0, 0, 0, 1, 0, 0],
    ]
)
# Distinct, non-integer values per stored entry, so sums and products are not trivially exact.
VALUES = [0.5, 1.25, 3.0, 2.0, 0.75, 1.5, 4.0, 0.3, 2.5, 1.1]


def _matrix() -> CSR:
    return CSR.from_rows(ROWS, N_COLUMNS)


def _weighted() -> tuple[CSR, np.ndarray]:
    """The same pattern with float values, and its dense twin."""
    matrix = _matrix()
    weighted = matrix.with_data(np.array(VALUES[: matrix.nnz]))
    dense = np.zeros(DENSE.shape)
    dense[DENSE != 0] = VALUES[: matrix.nnz]  # row-major order = CSR order
    return weighted, dense


def _to_dense(matrix: CSR) -> np.ndarray:
    dense = np.zeros(matrix.shape, dtype=matrix.data.dtype)
    dense[matrix.row_ids(), matrix.indices] = matrix.data
    return dense


def test_from_rows_counts_repeated_terms_with_sorted_unique_columns() -> None:
    matrix = _matrix()
    assert matrix.shape == (6, 6)
    assert matrix.data.dtype == np.int64
    assert matrix.indptr.tolist() == [0, 3, 3, 5, 8, 8, 9]
    assert matrix.indices.tolist() == [0, 2, 3, 1, 4, 0, 2, 4, 3]
    assert matrix.data.tolist() == [1, 2, 1, 1, 1, 3, 1, 1, 1]
    np.testing.assert_array_equal(_to_dense(matrix), DENSE)


def test_empty_matrix() -> None:
    for matrix in (CSR.from_rows([], 0), CSR.from_rows([], 4), CSR.from_rows([[], []], 3)):
        rows, columns = matrix.shape
        assert matrix.nnz == 0
        assert matrix.indptr.tolist() == [0] * (rows + 1)
        assert matrix.gram().shape == (rows, rows)
        assert not matrix.gram().any()
        assert matrix.row_sums().tolist() == [0] * rows
        assert matrix.row_max().tolist() == [0] * rows
        assert matrix.column_sums().tolist() == [0] * columns
        assert matrix.document_frequency().tolist() == [0] * columns
        assert matrix.matvec(np.ones(columns)).tolist() == [0.0] * rows


def test_reductions_match_dense() -> None:
    matrix = _matrix()
    np.testing.assert_array_equal(matrix.row_sums(), DENSE.sum(axis=1))
    np.testing.assert_array_equal(matrix.column_sums(), DENSE.sum(axis=0))
    np.testing.assert_array_equal(matrix.row_max(), DENSE.max(axis=1))
    np.testing.assert_array_equal(matrix.document_frequency(), (DENSE != 0).sum(axis=0))
    assert matrix.column_sums().dtype == np.int64  # counts stay integers


def test_float_reductions_match_dense() -> None:
    weighted, dense = _weighted()
    np.testing.assert_allclose(weighted.row_sums(), dense.sum(axis=1), rtol=1e-15)
    np.testing.assert_allclose(weighted.column_sums(), dense.sum(axis=0), rtol=1e-15)
    np.testing.assert_array_equal(weighted.row_max(), dense.max(axis=1))


def test_row_max_counts_unstored_zeros_only_in_rows_with_gaps() -> None:
    negative = CSR.from_rows([[0, 1], [0]], 2).with_data(np.array([-2.0, -1.0, -3.0]))
    # Row 0 stores both columns (max -1); row 1 has an unstored zero in column 1.
    assert negative.row_max().tolist() == [-1.0, 0.0]


def test_scaling_matches_dense() -> None:
    weighted, dense = _weighted()
    rows = np.array([2.0, 3.0, 0.5, 4.0, 1.0, 8.0])
    columns = np.array([1.5, 2.0, 0.25, 3.0, 5.0, 7.0])
    np.testing.assert_array_equal(_to_dense(weighted.scale_rows(rows)), dense * rows[:, None])
    np.testing.assert_array_equal(_to_dense(weighted.divide_rows(rows)), dense / rows[:, None])
    np.testing.assert_array_equal(
        _to_dense(weighted.scale_columns(columns)), dense * columns[None, :]
    )


def test_matvec_matches_dense() -> None:
    weighted, dense = _weighted()
    vector = np.array([0.5, -1.0, 2.0, 0.25, 3.0, 9.0])
    np.testing.assert_allclose(weighted.matvec(vector), dense @ vector, rtol=1e-15)


@pytest.mark.parametrize("chunk_pairs", [1, 2, 3, 5, 1 << 16])
def test_gram_matches_dense_across_chunk_boundaries(chunk_pairs: int) -> None:
    # 13 entry pairs (self-pairs included) share a column: small chunks split them many ways.
    np.testing.assert_array_equal(_matrix().gram(chunk_pairs), DENSE @ DENSE.T)
    weighted, dense = _weighted()
    gram = weighted.gram(chunk_pairs)
    np.testing.assert_allclose(gram, dense @ dense.T, rtol=1e-15)
    np.testing.assert_array_equal(gram, gram.T)
    assert gram.dtype == np.float64


def test_gram_sums_each_cell_in_column_order_whatever_the_chunking() -> None:
    # One row pair shares many columns with values whose sum depends on the order of addition:
    # every chunk size must give the left-to-right sum, bit for bit.
    values = [1e16, 1.0, -1e16, 1.0, 3.0, 1e-3]
    row = list(range(len(values)))
    matrix = CSR.from_rows([row, row], len(values)).with_data(np.array(values + [1.0] * 6))
    expected = 0.0
    for value in values:
        expected += value
    for chunk_pairs in (1, 2, 4, 7, 100):
        assert matrix.gram(chunk_pairs)[0, 1] == expected
        assert matrix.gram(chunk_pairs)[1, 0] == expected


def test_the_library_runs_without_scipy() -> None:
    # NLTK imports scipy.stats (~60 MB per worker) whenever scipy is importable, so the
    # summarizer must not need it. scipy is made unimportable in the child, whatever is
    # installed, and every algorithm must still run.
    code = (
        "import sys\n"
        "class NoScipy:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'scipy':\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, NoScipy())\n"
        "from summarizer.summary.algorithms import ALGORITHMS\n"
        "from summarizer.models import GistOptions, SummaryOptions\n"
        "from summarizer.pipeline import make_gist\n"
        "text = ' '.join(f'The council met on day {i} and voted on the harbour plan again.'\n"
        "                for i in range(1, 9))\n"
        "for name in ALGORITHMS:\n"
        "    gist = make_gist(text, GistOptions(summary=SummaryOptions(name, sentences=2)))\n"
        "    assert len(gist.summary.sentences) == 2, name\n"
        "print('ok')\n"
    )
    assert run_python(code) == "ok"


def test_scipy_is_not_a_runtime_dependency() -> None:
    # Only the weight-fitting extra may bring scipy in: installed, NLTK would load scipy.stats.
    from importlib.metadata import requires

    runtime = [r for r in requires("gistbot") or [] if "extra ==" not in r]
    assert runtime and not [r for r in runtime if r.lower().startswith("scipy")]
