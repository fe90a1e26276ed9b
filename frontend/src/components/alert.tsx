interface AlertProps {
  messages: string[];
  onDismiss?: () => void;
}

export function Alert({ messages, onDismiss }: AlertProps) {
  return (
    <div role="alert" className="alert">
      <ul className="alert-messages">
        {messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
      {onDismiss && (
        <button
          type="button"
          className="button button-quiet"
          onClick={onDismiss}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
