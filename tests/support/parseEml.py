"""Reads .eml files with Python's own e-mail parser, an implementation independent of the one that wrote them.

Prints one JSON object per file: the decoded headers, the text and every attachment's name, type, size and SHA-256.
"""
import hashlib
import json
import sys
from email import policy
from email.parser import BytesParser


def describe(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    message = BytesParser(policy=policy.default).parse(__import__("io").BytesIO(raw))
    body = message.get_body(preferencelist=("plain",))
    attachments = []
    for part in message.iter_attachments():
        payload = part.get_payload(decode=True)
        attachments.append(
            {
                "filename": part.get_filename(),
                "contentType": part.get_content_type(),
                "size": len(payload),
                "sha256": hashlib.sha256(payload).hexdigest(),
            }
        )
    return {
        "to": [address.addr_spec for address in message["To"].addresses] if message["To"] else [],
        "from": str(message["From"]) if message["From"] else None,
        "subject": str(message["Subject"]),
        "date": str(message["Date"]),
        "unsent": message["X-Unsent"],
        "body": body.get_content() if body is not None else None,
        "attachments": attachments,
        "defects": [type(defect).__name__ for defect in message.defects],
        "longestLine": max(len(line) for line in raw.split(b"\r\n")),
    }


print(json.dumps([describe(path) for path in sys.argv[1:]], ensure_ascii=False))
