// Log-a-session form: show only the chosen lesson's steps, and only the fields that fit
// the chosen status. Without JavaScript every section stays visible and the server
// still checks everything.
(() => {
  const form = document.querySelector("[data-session-form]");
  if (!form) return;
  const picker = form.querySelector("[data-lesson-picker]");
  const checklists = form.querySelectorAll("[data-steps-for]");
  const held = form.querySelector("[data-when-held]");
  const notHeld = form.querySelector("[data-when-not-held]");

  const showSteps = () => {
    checklists.forEach((list) => {
      const chosen = list.dataset.stepsFor === picker.value;
      list.hidden = !chosen;
      // Ticks of other lessons must not be sent with this one.
      list.querySelectorAll("input").forEach((box) => { box.disabled = !chosen; });
    });
  };
  const showStatusFields = () => {
    const status = form.querySelector("input[name=status]:checked");
    if (!status) return;
    const isHeld = status.value !== "not_held";
    held.hidden = !isHeld;
    notHeld.hidden = isHeld;
  };

  picker.addEventListener("change", showSteps);
  form.querySelectorAll("input[name=status]").forEach((radio) =>
    radio.addEventListener("change", showStatusFields),
  );
  form.addEventListener("submit", () => {
    form.querySelectorAll("[data-submit-once]").forEach((button) => {
      button.disabled = true;
    });
  });
  showSteps();
  showStatusFields();
  const summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
