package com.bank.assistant.slots.frame;

import java.util.List;
import java.util.function.Supplier;

import com.bank.assistant.contracts.event.SlotValue;
import com.bank.assistant.slots.contacts.Contact;
import com.bank.assistant.slots.contacts.ContactMatcher;

/**
 * Puts who the money goes to into the frame: a typed key wins; a name resolves among the
 * pending candidates first ("a Souza", "a primeira"), then among all the customer's
 * contacts; a name that matches several leaves candidates, one that matches none is kept
 * unresolved until a key comes.
 */
final class RecipientStep {

	private final Supplier<List<Contact>> contacts;

	RecipientStep(Supplier<List<Contact>> contacts) {
		this.contacts = contacts;
	}

	void apply(FrameEdit edit, Said said) {
		SlotValue key = said.value(Slots.PIX_KEY);
		SlotValue name = said.value(Slots.RECIPIENT);
		if (key != null) {
			byKey(edit, key, name);
		}
		else if (!edit.candidates.isEmpty() && choose(edit, said, name)) {
			return;
		}
		else if (name != null && !namesCurrent(edit, name.value())) {
			byName(edit, name);
		}
	}

	private void byKey(FrameEdit edit, SlotValue key, SlotValue name) {
		Contact contact = ContactMatcher.byKey(key.value(), this.contacts.get());
		edit.set(Slots.PIX_KEY, key);
		if (contact != null) {
			edit.set(Slots.RECIPIENT, valueOf(contact.name(), key));
		}
		else if (name != null || edit.saidName != null) {
			edit.set(Slots.RECIPIENT, (name != null) ? name : valueOf(edit.saidName, key));
		}
		else {
			edit.remove(Slots.RECIPIENT);
		}
		edit.settled();
	}

	/** Resolves among the pending candidates; false when the message picks none. */
	private boolean choose(FrameEdit edit, Said said, SlotValue name) {
		List<Contact> pending = edit.candidates.stream().map((c) -> new Contact(c.name(), c.pixKey())).toList();
		Contact chosen = chosen(said, name, pending);
		if (chosen == null) {
			return false;
		}
		SlotValue source = (name != null) ? name : new SlotValue(said.text(), 0, said.text().length(), 1.0);
		resolved(edit, chosen, source);
		return true;
	}

	private static Contact chosen(Said said, SlotValue name, List<Contact> pending) {
		Contact byPosition = Ordinals.pick(said.text(), pending);
		if (byPosition != null) {
			return byPosition;
		}
		List<Contact> matches = (name != null) ? ContactMatcher.match(name.value(), pending)
				: ContactMatcher.matchAnyWord(said.text(), pending);
		return (matches.size() == 1) ? matches.get(0) : null;
	}

	private void byName(FrameEdit edit, SlotValue name) {
		List<Contact> matches = ContactMatcher.match(name.value(), this.contacts.get());
		if (matches.size() == 1) {
			resolved(edit, matches.get(0), name);
			return;
		}
		edit.remove(Slots.RECIPIENT);
		edit.remove(Slots.PIX_KEY);
		edit.saidName = name.value();
		edit.candidates = matches.stream().map(Contact::asRecipient).collect(java.util.stream.Collectors.toList());
	}

	/** Whether the name means the recipient already in the frame ("pra Ana" again). */
	private static boolean namesCurrent(FrameEdit edit, String name) {
		String current = edit.value(Slots.RECIPIENT);
		return current != null && !ContactMatcher.match(name, List.of(new Contact(current, ""))).isEmpty();
	}

	private static void resolved(FrameEdit edit, Contact contact, SlotValue source) {
		edit.set(Slots.RECIPIENT, valueOf(contact.name(), source));
		edit.set(Slots.PIX_KEY, valueOf(contact.pixKey(), source));
		edit.settled();
	}

	private static SlotValue valueOf(String value, SlotValue source) {
		return new SlotValue(value, source.start(), source.end(), source.confidence());
	}

}
