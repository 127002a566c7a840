// The toast is shared with the popup (a failed write shows there too); dashboard screens keep this import path.
export { ToastProvider, useToast } from '../../../components/Toast';
