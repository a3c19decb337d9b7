// Public endpoint for anonymous feedback: everything happens in lib/feedback.
import { feedbackRoute } from '@/lib/feedback/http';

export const POST = feedbackRoute();
