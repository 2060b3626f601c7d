// Sign-in with the OAuth2 authorization code flow and PKCE (RFC 7636, S256) as a public client.
// The access token lives in sessionStorage: it is gone when the tab closes, and never in a URL.
'use strict';
const Auth = (() => {
  const PENDING = 'assistant.pkce';
  const TOKEN = 'assistant.token';

  function base64url(bytes) {
    let text = '';
    new Uint8Array(bytes).forEach((byte) => { text += String.fromCharCode(byte); });
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function randomToken() {
    return base64url(crypto.getRandomValues(new Uint8Array(32)));
  }

  function redirectUri() {
    return location.origin + '/callback.html';
  }

  async function config() {
    const response = await fetch('/web-config.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error('Sign-in settings unavailable (' + response.status + ')');
    }
    return response.json();
  }

  async function signIn(settings) {
    const verifier = randomToken();
    const state = randomToken();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
    sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: redirectUri(),
      scope: settings.scope,
      state,
      code_challenge: base64url(digest),
      code_challenge_method: 'S256',
    });
    location.assign(settings.issuer + '/oauth2/authorize?' + query);
  }

  async function completeSignIn(settings) {
    const answer = new URLSearchParams(location.search);
    const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
    sessionStorage.removeItem(PENDING);
    if (answer.has('error')) {
      throw new Error('Sign-in refused: ' + answer.get('error') + ' ' + (answer.get('error_description') || ''));
    }
    if (!pending || answer.get('state') !== pending.state || !answer.has('code')) {
      throw new Error('Unexpected sign-in answer; start again from the chat page.');
    }
    const response = await fetch(settings.issuer + '/oauth2/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: answer.get('code'),
        redirect_uri: redirectUri(),
        client_id: settings.clientId,
        code_verifier: pending.verifier,
      }),
    });
    if (!response.ok) {
      throw new Error('Token request refused (' + response.status + ')');
    }
    const token = await response.json();
    const expiresAt = Date.now() + (token.expires_in || 300) * 1000;
    // The ID token is kept only as the hint that ends the authorization server's session at sign-out.
    sessionStorage.setItem(TOKEN, JSON.stringify({ accessToken: token.access_token, idToken: token.id_token, expiresAt }));
  }

  function accessToken() {
    const token = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
    return token && token.expiresAt > Date.now() + 5000 ? token.accessToken : null;
  }

  // Forgets the tokens here. With the settings (the sign-out button), also ends the session at the
  // authorization server (OpenID Connect RP-Initiated Logout, the ID token as the hint), which sends the
  // browser back to this page: on a shared phone the next sign-in asks for the password again.
  function signOut(settings) {
    const token = JSON.parse(sessionStorage.getItem(TOKEN) || 'null');
    sessionStorage.clear();
    if (settings && token && token.idToken) {
      const query = new URLSearchParams({
        id_token_hint: token.idToken,
        client_id: settings.clientId,
        post_logout_redirect_uri: location.origin + '/',
      });
      location.assign(settings.issuer + '/connect/logout?' + query);
    }
  }

  return { config, signIn, completeSignIn, accessToken, signOut };
})();
