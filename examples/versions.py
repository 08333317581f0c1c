"""List every Pinecone API version this build ships, with its surfaces and operation counts.

A stand-in for the quickstart until the client facade and the local server land:
it reads only the generated registry, so it needs no server and no API key.
"""

from pinecone_versioned_gen import registry


def main() -> None:
    print(f"{'API version':<12} {'status':<11} {'ops':>4}  surfaces")
    for name, version in registry.versions().items():
        count = sum(len(surface.operations) for surface in version.surfaces.values())
        surfaces = ", ".join(version.surfaces)
        print(f"{name:<12} {version.status:<11} {count:>4}  {surfaces}")


if __name__ == "__main__":
    main()
