/** A set of radio buttons with a legend: for choices that must be clear, not hidden codes. */
export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

export function ChoiceGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  inline?: boolean;
}) {
  return (
    <fieldset className={props.inline ? 'choices choices-inline' : 'choices'}>
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value} className="choice">
          <input
            type="radio"
            name={props.name}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />
          <span>
            {c.label}
            {c.hint && <span className="choice-hint"> — {c.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
