"""Link and detect for one parsed message, without touching the database.

The daemon stores what this returns; ``intake analyze`` prints it. Both see the
same answer because both go through here.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.ingest.parsing import Address, ParsedMessage
from rules.detection import Analyzer, Finding
from rules.linking.linker import CustomerDirectory, LinkDecision, MessageFacts, case_numbers_in, link_message


@dataclass(frozen=True)
class EarlierMail:
    """What earlier mail tells about a message: what its thread concerned, and the properties that earlier
    letters tied to the case numbers written in it. The daemon reads it from the database; `intake analyze`
    from the files it linked before (both link in the order mail was sent)."""

    customer_ids: tuple[str, ...] = ()
    property_keys: tuple[str, ...] = ()
    project_ids: tuple[str, ...] = ()
    case_properties: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MessageAnalysis:
    links: LinkDecision
    findings: tuple[Finding, ...]
    facts: MessageFacts

    @property
    def primary_customer_id(self) -> str | None:
        return self.links.customers[0].customer_id if self.links.customers else None


def message_facts(parsed: ParsedMessage, own_domains: tuple[str, ...], earlier: EarlierMail = EarlierMail()) -> MessageFacts:
    return MessageFacts(
        subject=parsed.subject,
        body=parsed.body,
        attachment_texts=tuple(attachment.text for attachment in parsed.attachments if attachment.text),
        from_address=_with_display_name(parsed.sender) if parsed.sender else None,
        to_addresses=tuple(map(_with_display_name, parsed.to)),
        cc_addresses=tuple(map(_with_display_name, parsed.cc)),
        own_domains=own_domains,
        thread_customer_ids=earlier.customer_ids,
        thread_property_keys=earlier.property_keys,
        thread_project_ids=earlier.project_ids,
        case_properties=earlier.case_properties,
        sent_on=parsed.sent_at.date() if parsed.sent_at else None,
    )


def case_numbers(parsed: ParsedMessage) -> list[str]:
    """The case numbers written in a message, for looking up what earlier mail tied them to."""
    return case_numbers_in(message_facts(parsed, ()))


def _with_display_name(address: Address) -> str:
    """'"Kari Nordmann" <kari@example.no>': the linker reads the name as a signal too.
    Not email.utils.formataddr, which would RFC 2047-encode a name with æøå."""
    if not address.display_name:
        return address.address
    name = address.display_name.replace("\\", "").replace('"', "")
    return f'"{name}" <{address.address}>'


def analyze_message(
    parsed: ParsedMessage,
    directory: CustomerDirectory,
    analyzer: Analyzer,
    own_domains: tuple[str, ...],
    earlier: EarlierMail = EarlierMail(),
) -> MessageAnalysis:
    facts = message_facts(parsed, own_domains, earlier)
    links = link_message(facts, directory)
    findings = list(analyzer.analyze(parsed.subject, "subject"))
    findings += analyzer.analyze(parsed.body, "body")
    for attachment in parsed.attachments:
        if attachment.text:
            findings += analyzer.analyze(attachment.text, attachment.filename)
    return MessageAnalysis(links=links, findings=tuple(findings), facts=facts)
