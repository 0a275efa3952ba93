// The part of the address after '#' (a Tasklist link to a task: #/?task=...) never reaches the server: the sign-in
// form carries it, and the server's redirect after the sign-in returns to it (security.FragmentKeepingRedirect).
const fragment = document.getElementById('fragment');
if (fragment && window.location.hash) {
  fragment.value = window.location.hash;
}
