"""quiz: turns factual texts into multiple-choice quizzes."""
