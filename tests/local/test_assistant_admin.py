"""Admin, OAuth and assistant simulations over real sockets, for every version that has them."""

from __future__ import annotations

import json

import httpx
from local_helpers import API_KEY, SINCE, Api, check_refused

from pinecone_versioned.local import LocalServer

NOTES = "Paris is the capital of France.\n\nBerlin is the capital of Germany.\n\nCats sleep a lot."


def _token(api: Api) -> str:
    form = {"client_id": "id", "client_secret": "secret", "grant_type": "client_credentials"}
    response = httpx.post(f"{api.control.base_url}/oauth/token", data={**form, "audience": "https://api.pinecone.io/"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] > 0
    return str(body["access_token"])


def test_admin_projects_and_api_keys(api: Api) -> None:
    assert api.control.get("/admin/projects").status_code == 401
    admin = httpx.Client(
        base_url=str(api.control.base_url),
        headers={"Authorization": f"Bearer {_token(api)}", "X-Pinecone-API-Version": api.version},
    )
    if api.version < SINCE["admin"]:
        # A valid token, but the pinned version has no admin API.
        check_refused(admin.get("/admin/projects"), data_plane=False)
        check_refused(admin.post("/admin/projects", json={"name": "search"}), data_plane=False)
        check_refused(admin.get("/admin/organizations"), data_plane=False)
        return
    assert [p["name"] for p in admin.get("/admin/projects").json()["data"]] == ["default"]
    created = admin.post("/admin/projects", json={"name": "search"})
    assert created.status_code == 200, created.text
    project = created.json()
    assert admin.post("/admin/projects", json={"name": "search"}).status_code == 409
    renamed = admin.patch(f"/admin/projects/{project['id']}", json={"name": "search-2", "max_pods": 2}).json()
    assert renamed["name"] == "search-2" and renamed["max_pods"] == 2

    made = admin.post(f"/admin/projects/{project['id']}/api-keys", json={"name": "ci", "roles": ["ProjectViewer"]})
    assert made.status_code == 201, made.text
    key, secret = made.json()["key"], made.json()["value"]
    assert key["roles"] == ["ProjectViewer"] and "secret" not in key
    # The new key opens the other surfaces of the server, which otherwise accepts API_KEY only.
    control = {"Api-Key": secret, "X-Pinecone-API-Version": api.version}
    assert httpx.get(f"{api.control.base_url}/indexes", headers=control).status_code == 200
    assert [k["id"] for k in admin.get(f"/admin/projects/{project['id']}/api-keys").json()["data"]] == [key["id"]]
    updated = admin.patch(f"/admin/api-keys/{key['id']}", json={"name": "ci-2"})
    assert updated.is_success, updated.text
    # 2025-04 answers with the key and its secret, 2025-10 with the key alone (APIKeyWithSecret, APIKey).
    renamed_key = updated.json().get("key", updated.json())
    assert (renamed_key["id"], renamed_key["name"]) == (key["id"], "ci-2") and "secret" not in renamed_key
    assert admin.delete(f"/admin/api-keys/{key['id']}").status_code == 202
    assert httpx.get(f"{api.control.base_url}/indexes", headers=control).status_code == 401
    assert admin.get(f"/admin/api-keys/{key['id']}").status_code == 404
    assert admin.delete(f"/admin/projects/{project['id']}").status_code == 202
    assert admin.get(f"/admin/projects/{project['id']}").status_code == 404
    orgs = admin.get("/admin/organizations").json()["data"]
    assert len(orgs) == 1 and admin.get(f"/admin/organizations/{orgs[0]['id']}").status_code == 200


def _assistant(api: Api, prefix: str = "/assistant") -> httpx.Client | None:
    """The data host of a new assistant; None (after checking the refusals) before assistants."""
    if api.version < SINCE["assistants"]:
        check_refused(api.control.post(f"{prefix}/assistants", json={"name": "helper"}), data_plane=False)
        check_refused(api.control.get(f"{prefix}/assistants"), data_plane=False)
        return None
    created = api.control.post(f"{prefix}/assistants", json={"name": "helper", "instructions": "be brief"})
    assert created.status_code == 200, created.text
    assert created.json()["status"] == "Initializing"
    described = api.control.get(f"{prefix}/assistants/helper").json()
    assert described["status"] == "Ready"
    return httpx.Client(base_url=described["host"] + prefix, headers=dict(api.control.headers))


def test_assistant_update_with_null_clears_the_field(api: Api) -> None:
    if _assistant(api) is None:
        return  # before assistants: _assistant checked the refusals
    updated = api.control.patch("/assistant/assistants/helper", json={"instructions": None, "metadata": {"a": "b"}})
    assert updated.status_code == 200, updated.text
    assert "instructions" not in updated.json() and updated.json()["metadata"] == {"a": "b"}
    assert api.control.post("/assistant/assistants", json={"name": "plain"}).status_code == 200
    untouched = api.control.patch("/assistant/assistants/plain", json={})
    assert untouched.status_code == 200 and "instructions" not in untouched.json(), untouched.text


def test_assistant_files_chat_and_context(api: Api) -> None:
    data = _assistant(api)
    if data is None:
        return
    upload = data.post(
        "/files/helper",
        params={"metadata": json.dumps({"topic": "geo"})},
        files={"file": ("notes.txt", NOTES.encode(), "text/plain")},
    )
    assert upload.status_code == 200, upload.text
    file = upload.json()
    assert file["status"] == "Processing" and file["name"] == "notes.txt"
    assert data.get(f"/files/helper/{file['id']}").json()["status"] == "Available"
    data.post("/files/helper", files={"file": ("other.txt", b"Nothing relevant here.", "text/plain")})
    geo = data.get("/files/helper", params={"filter": json.dumps({"topic": "geo"})}).json()["files"]
    assert [f["id"] for f in geo] == [file["id"]]
    assert len(data.get("/files/helper").json()["files"]) == 2

    question = {"messages": [{"role": "user", "content": "What is the capital of Germany?"}]}
    answer = data.post("/chat/helper", json=question)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert "Berlin" in body["message"]["content"]
    assert body["citations"][0]["references"][0]["file"]["id"] == file["id"]
    completion = data.post("/chat/helper/chat/completions", json=question).json()
    assert "Berlin" in completion["choices"][0]["message"]["content"]
    context = data.post("/chat/helper/context", json={"query": "capital of France", "top_k": 2}).json()
    assert context["snippets"][0]["content"].startswith("Paris")

    assert data.delete(f"/files/helper/{file['id']}").status_code == 200
    assert data.get(f"/files/helper/{file['id']}").status_code == 404
    assert api.control.delete("/assistant/assistants/helper").status_code == 200
    assert api.control.get("/assistant/assistants/helper").status_code == 404


def test_assistant_routes_without_prefix(api: Api) -> None:
    data = _assistant(api, prefix="")
    if data is None:
        return
    assert data.get("/files/helper").json() == {"files": []}
    assert [a["name"] for a in api.control.get("/assistants").json()["assistants"]] == ["helper"]


def test_streamed_chat_arrives_in_pieces() -> None:
    version = "2025-04"
    with LocalServer(api_key=API_KEY, strict=True, stream_delay=0.02) as server:
        api = Api(server, version)
        data = _assistant(api)
        assert data is not None
        data.post("/files/helper", files={"file": ("notes.txt", NOTES.encode(), "text/plain")})
        question = {"messages": [{"role": "user", "content": "capital of France?"}], "stream": True}
        for path, text_of in (
            ("/chat/helper", lambda e: e.get("delta", {}).get("content", "")),
            ("/chat/helper/chat/completions", lambda e: e["choices"][0]["delta"].get("content", "")),
        ):
            with data.stream("POST", path, json=question) as response:
                assert response.status_code == 200
                assert response.headers["content-type"].startswith("text/event-stream")
                reads = list(response.iter_raw())
            events = [json.loads(line[5:]) for line in b"".join(reads).decode().splitlines() if line]
            # One network read per event: each was sent (and flushed) on its own, before the next existed.
            assert len(reads) >= len(events) > 3
            assert "Paris" in "".join(text_of(e) for e in events)
        assert events[-1]["choices"][0]["finish_reason"] == "stop"
