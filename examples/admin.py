"""A service account creating a project and an API key, then cleaning up.

Run: ``python examples/admin.py`` after ``pip install -e '.[local]'``.
Against Pinecone, pass your service account's id and secret and drop the hosts.
"""

from __future__ import annotations

from pinecone_versioned import Admin
from pinecone_versioned.local import LocalServer


def main() -> None:
    with LocalServer() as server:
        admin = Admin("my-client-id", "my-client-secret", host=server.url, login_host=server.url)
        project = admin.create_project("search-team")
        key = admin.create_api_key(str(project.id), "ci", roles=["ProjectEditor"])
        print(f"project {project.name} ({project.id}) has key {key.key.name}; its secret is shown only now")
        admin.delete_api_key(str(key.key.id))
        admin.delete_project(str(project.id))
        print("projects left:", [p.name for p in admin.list_projects().data])


if __name__ == "__main__":
    main()
