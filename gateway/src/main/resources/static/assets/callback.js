// The authorization server sends the browser back here with ?code=…&state=…: exchange the code, go to the chat.
'use strict';
(async () => {
  try {
    await Auth.completeSignIn(await Auth.config());
    location.replace('/');
  } catch (error) {
    const alert = document.getElementById('alert');
    alert.textContent = error.message;
    alert.hidden = false;
    document.getElementById('status').textContent = '';
  }
})();
