// Print buttons: a plain button that opens the browser's print dialog (A4 print stylesheet).
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
