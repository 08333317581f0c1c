"""The sample application's tests, written with pinecone-versioned's pytest plugin.

Every test runs against a clean project of the session's local server, once per API version
of the marker below; ``pinecone_env`` points the application's own client at that server.
"""

from __future__ import annotations

import pytest
from movies import MovieShelf

pytestmark = pytest.mark.pinecone_api_versions("2025-04", "2025-10")

MOVIES = {
    "Alien": ([0.9, 0.1, 0.0], "sci-fi"),
    "Solaris": ([0.8, 0.2, 0.1], "sci-fi"),
    "Airplane!": ([0.1, 0.9, 0.0], "comedy"),
    "Heat": ([0.0, 0.2, 0.9], "crime"),
}


@pytest.fixture
def shelf(pinecone_env: object) -> MovieShelf:
    shelf = MovieShelf()
    shelf.open()
    shelf.add(MOVIES)
    return shelf


def test_every_movie_is_stored(shelf: MovieShelf) -> None:
    assert shelf.add({"Brazil": ([0.5, 0.5, 0.0], "comedy")}) == 1


def test_similar_movies_come_best_first(shelf: MovieShelf) -> None:
    assert shelf.similar([1.0, 0.0, 0.0], count=2) == ["Alien", "Solaris"]


def test_the_genre_filters(shelf: MovieShelf) -> None:
    assert shelf.similar([1.0, 0.0, 0.0], genre="comedy") == ["Airplane!"]


def test_each_test_starts_from_an_empty_project(pinecone_env: object) -> None:
    assert MovieShelf().client.list_indexes().names() == []


def test_the_application_speaks_the_version_of_the_run(shelf: MovieShelf, pinecone_api_version: str) -> None:
    assert shelf.client.api_version == pinecone_api_version
