"""An assistant that answers from an uploaded file, with a streamed answer.

Run: ``python examples/assistant.py`` after ``pip install -e '.[local]'``.
The local server's assistant is a simulation that quotes the best-matching passage.
"""

from __future__ import annotations

import io

from pinecone_versioned import Pinecone
from pinecone_versioned.local import LocalServer

NOTES = b"The saxophone was invented by Adolphe Sax.\n\nJazz grew up in New Orleans around 1900."


def main() -> None:
    with LocalServer() as server:
        pc = Pinecone(api_key="local-demo-key", host=server.url, api_version="2025-04")
        pc.assistant.create_assistant("music", instructions="Answer from the notes.")
        assistant = pc.assistant.Assistant("music")
        uploaded = assistant.upload_file(
            file_stream=io.BytesIO(NOTES), file_name="notes.txt", metadata={"kind": "notes"}
        )
        print(f"uploaded {uploaded.name}: {uploaded.status}")

        answer = assistant.chat("Who invented the saxophone?")
        print(f"answer: {answer.message.content}")

        print("streamed: ", end="")
        for chunk in assistant.chat("Where did jazz grow up?", stream=True):
            if chunk.type == "content_chunk":
                print(chunk.content, end="", flush=True)
        print()

        pc.assistant.delete_assistant("music")


if __name__ == "__main__":
    main()
