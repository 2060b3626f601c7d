/**
 * The customer's saved Pix contacts, and which of them a name said in a message means
 * (accents, case and typos forgiven). Domain: no Spring, JDBC or Redis.
 */
package com.bank.assistant.slots.contacts;
