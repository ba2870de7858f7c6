# Ends with an uncaught user-defined exception with a custom __str__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f'{self.field}: {self.problem}'
def validate(user):
    if 'name' not in user:
        raise ValidationError('name', 'is required')
    if user.get('age', 0) < 0:
        raise ValidationError('age', 'must be non-negative')
    return True
print(validate({'name': 'ann', 'age': 3}))
try:
    validate({})
except ValidationError as e:
    print('caught:', type(e).__name__, e, e.args)
validate({'name': 'bob', 'age': -1})
