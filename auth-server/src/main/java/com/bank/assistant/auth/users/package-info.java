/**
 * Who may log in to the local server and which scopes each kind of user may hold in a
 * token.
 */
package com.bank.assistant.auth.users;
