// The language buttons of demo/questions.html (a file, not inline: the demo pages run under a strict Content-Security-Policy).
const box = document.querySelector('peer-question-box');
for (const b of document.querySelectorAll('[data-lang]')) {
  b.addEventListener('click', () => box.setAttribute('lang', b.dataset.lang));
}
